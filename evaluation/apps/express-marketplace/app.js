'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const helmet = require('helmet');
const morgan = require('morgan');

const config = require('./config');
const mongo = require('./db/mongo');
const { attachUser } = require('./middleware/auth');

const app = express();

app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, 'views'));

app.use(helmet({ contentSecurityPolicy: false }));
app.use(morgan('combined'));
app.use(express.json({ limit: '1mb' }));
app.use(express.urlencoded({ extended: true }));
app.use(express.text({ type: ['application/x-yaml', 'text/yaml'] }));
app.use(cookieParser());
app.use(session({
  secret: 'keyboard cat', // vuln: hardcoded-secret
  resave: false,
  saveUninitialized: false,
  cookie: { maxAge: 8 * 60 * 60 * 1000 },
}));
app.use(express.static(path.join(__dirname, 'public')));
app.use(attachUser);

app.use('/products', require('./routes/products'));
app.use('/reviews', require('./routes/reviews'));
app.use('/account', require('./routes/account'));
app.use('/admin', require('./routes/admin'));
app.use('/api', require('./routes/api'));

app.get('/', (req, res) => res.redirect('/products'));

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).render('error', { message: 'Something went wrong' });
});

mongo.connect().then(() => {
  app.listen(config.port, () => console.log(`marketplace listening on ${config.port}`));
});

module.exports = app;
