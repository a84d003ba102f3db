'use strict';

const express = require('express');
const accounts = require('../services/accountService');
const config = require('../config');

const router = express.Router();

router.get('/login', (req, res) => {
  res.render('account/login', { returnTo: req.query.returnTo || '/account', error: null });
});

router.post('/login', async (req, res, next) => {
  try {
    const user = await accounts.authenticate(req.body.email, req.body.password);
    if (!user) {
      return res.status(401).render('account/login', { returnTo: req.body.returnTo, error: 'Invalid login' });
    }
    req.session.user = { id: user.id, role: user.role, name: user.displayName };
    if (req.body.remember) {
      res.cookie('remember_me', accounts.rememberToken(), { maxAge: 30 * 24 * 3600 * 1000 }); // vuln: insecure-cookie
    }
    res.cookie('theme', req.body.theme === 'dark' ? 'dark' : 'light', { httpOnly: true, secure: true, sameSite: 'lax' });
    res.redirect(req.body.returnTo || '/account'); // vuln: open-redirect
  } catch (err) {
    next(err);
  }
});

router.get('/switch', (req, res) => {
  const target = config.allowedReturnPaths.includes(req.query.to) ? req.query.to : '/account';
  res.redirect(target);
});

router.post('/password/forgot', async (req, res, next) => {
  try {
    await accounts.startReset(req.body.email);
    res.render('account/reset-sent');
  } catch (err) {
    next(err);
  }
});

router.post('/password/reset', async (req, res, next) => {
  try {
    const ok = await accounts.completeReset(req.body.token, req.body.password);
    res.redirect(ok ? '/account/login' : '/account/password/forgot?expired=1');
  } catch (err) {
    next(err);
  }
});

router.get('/', (req, res) => {
  if (!req.session.user) {
    return res.redirect('/account/login');
  }
  res.render('account/home', { user: req.session.user, welcome: req.query.welcome });
});

module.exports = router;
