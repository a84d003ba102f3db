import DOMPurify from 'dompurify';
import React from 'react';

interface CommentProps {
  body: string;
}

export function Comment({ body }: CommentProps): JSX.Element {
  const clean = DOMPurify.sanitize(body);
  return <div dangerouslySetInnerHTML={{ __html: clean }} />;
}
