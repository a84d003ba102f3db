import React from 'react';

interface CommentProps {
  author: string;
  body: string;
}

export function Comment({ author, body }: CommentProps): JSX.Element {
  const html = `<strong>${author}</strong>: ${body}`;
  return <div dangerouslySetInnerHTML={{ __html: html }} />; // expect: xss
}
