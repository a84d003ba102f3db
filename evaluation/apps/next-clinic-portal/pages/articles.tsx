import type { GetServerSideProps } from 'next';
import ArticleBody from '@/components/ArticleBody';

interface Props {
  title: string;
  html: string;
}

const CMS = 'https://cms.riverside-clinic.example/api';

export const getServerSideProps: GetServerSideProps<Props> = async ({ query }) => {
  const slug = encodeURIComponent(String(query.slug ?? 'welcome'));
  const res = await fetch(`${CMS}/articles/${slug}`);
  if (!res.ok) {
    return { notFound: true };
  }
  const article = (await res.json()) as Props;
  return { props: article };
};

export default function Article({ title, html }: Props) {
  return (
    <main>
      <h1>{title}</h1>
      <ArticleBody html={html} />
    </main>
  );
}
