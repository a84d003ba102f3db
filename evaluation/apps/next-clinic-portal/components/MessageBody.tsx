import { marked } from 'marked';

interface Props {
  markdown: string;
}

// Patient messages are written in Markdown in the portal's compose box.
export default function MessageBody({ markdown }: Props) {
  const html = marked.parse(markdown, { async: false }) as string;
  return <div className="message-body" dangerouslySetInnerHTML={{ __html: html }} />; // vuln: xss
}
