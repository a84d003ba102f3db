function isDraft(post) {
  return post.status === 'draft' || typeof post.publishedAt === 'undefined';
}

module.exports = { isDraft };
