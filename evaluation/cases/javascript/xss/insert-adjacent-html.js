function appendComment(list, comment) {
  const author = comment.author;
  list.insertAdjacentHTML('beforeend', `<li><b>${author}</b> ${comment.text}</li>`); // expect: xss
}

module.exports = { appendComment };
