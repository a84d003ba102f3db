import DOMPurify from 'dompurify';

export function renderComment(container, comment) {
  const body = document.createElement('div');
  body.className = 'comment-body';
  body.innerHTML = DOMPurify.sanitize(comment.html);
  container.appendChild(body);
}
