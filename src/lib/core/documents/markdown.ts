/**
 * Markdown to the plain text the pipeline reads. Headings stay as `# ` lines (the cleaner keeps
 * them as section context); links keep their words and lose their targets; images, code fences
 * and HTML tags go; emphasis, list and quote markers are dropped.
 */
export function markdownToText(markdown: string): string {
	return markdown
		.replace(/\r\n?/g, '\n')
		.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
		.replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
		.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
		.replace(/^\s{0,3}\[[^\]]+\]:\s+\S.*$/gm, '')
		.replace(/<[^>\n]+>/g, '')
		.replace(/^(#{1,6})\s+(.*?)\s*#*\s*$/gm, '# $2')
		.replace(/^\s{0,3}>\s?/gm, '')
		.replace(/^\s{0,3}(?:[-*+]|\d+[.)])\s+/gm, '')
		.replace(/^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/gm, '')
		.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
		.replace(/(?<![\w*])([*_])(?=\S)([^*_\n]*?\S)\1(?![\w*])/g, '$2')
		.replace(/`([^`\n]+)`/g, '$1');
}
