import DOMPurify from 'isomorphic-dompurify';

interface Props {
  html: string;
}

export default function ArticleBody({ html }: Props) {
  return <article className="prose" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
}
