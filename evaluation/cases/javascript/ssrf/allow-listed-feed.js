const axios = require('axios');

const FEEDS = { news: 'https://feeds.example.org/news.xml', blog: 'https://blog.example.org/rss' };

async function feed(req, res) {
  const url = Object.hasOwn(FEEDS, req.query.feed) ? FEEDS[req.query.feed] : FEEDS.news;
  const reply = await axios.get(url);
  res.type('xml').send(reply.data);
}

module.exports = { feed };
