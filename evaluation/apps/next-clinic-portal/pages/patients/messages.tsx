import type { GetServerSideProps } from 'next';
import MessageBody from '@/components/MessageBody';
import { pool } from '@/lib/db';
import { verifySession } from '@/lib/auth';

interface Message {
  id: number;
  sender: string;
  sentAt: string;
  body: string;
}

interface Props {
  messages: Message[];
  highlight: string;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, query }) => {
  const session = verifySession(req.cookies['portal_session']);
  if (!session) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  const { rows } = await pool.query(
    'SELECT id, sender, sent_at AS "sentAt", body FROM messages WHERE recipient_id = $1 ORDER BY sent_at DESC LIMIT 50',
    [session.userId],
  );
  return { props: { messages: rows.map((r) => ({ ...r, sentAt: String(r.sentAt) })), highlight: String(query.highlight ?? '') } };
};

export default function Messages({ messages, highlight }: Props) {
  const notice = highlight ? <p className="notice" dangerouslySetInnerHTML={{ __html: `Showing messages about <em>${highlight}</em>` }} /> : null; // vuln: xss
  return (
    <main>
      <h1>Messages</h1>
      {notice}
      {messages.map((m) => (
        <section key={m.id}>
          <header>
            {m.sender} &middot; {new Date(m.sentAt).toLocaleString()}
          </header>
          <MessageBody markdown={m.body} />
        </section>
      ))}
    </main>
  );
}
