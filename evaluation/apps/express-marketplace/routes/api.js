'use strict';

const express = require('express');
const axios = require('axios');
const math = require('mathjs');
const crypto = require('crypto');
const preferences = require('../lib/preferences');
const { verifyServiceToken } = require('../middleware/auth');

const router = express.Router();

const UNIT_FACTORS = { kg: 1, g: 0.001, lb: 0.453592 };

router.get('/preferences', (req, res) => {
  res.json(preferences.read(req.cookies.prefs));
});

router.put('/preferences', (req, res) => {
  const prefs = { ...preferences.DEFAULTS, ...req.body };
  res.cookie('prefs', preferences.write(prefs), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json(prefs);
});

router.get('/shipping/quote', (req, res) => {
  const formula = req.query.formula || 'weight * 1.2 + 4';
  const cost = math.eval(formula, { weight: Number(req.query.weight) || 0 }); // vuln: code-injection
  res.json({ cost });
});

router.get('/shipping/convert', (req, res) => {
  const factor = UNIT_FACTORS[req.query.unit] || 1;
  res.json({ kg: Number(req.query.value) * factor });
});

router.post('/bundle-price', (req, res) => {
  const expr = req.body.expression;
  const total = eval(expr); // vuln: code-injection
  res.json({ total });
});

router.post('/listing-images/fetch', async (req, res, next) => {
  try {
    const response = await axios.get(req.body.imageUrl, { responseType: 'arraybuffer', timeout: 5000 }); // vuln: ssrf
    const id = crypto.randomUUID();
    res.json({ id, bytes: response.data.length, type: response.headers['content-type'] });
  } catch (err) {
    next(err);
  }
});

router.post('/internal/reindex', verifyServiceToken, async (req, res, next) => {
  try {
    const response = await axios.post('http://search.internal:9200/_refresh');
    res.json({ ok: response.status === 200 });
  } catch (err) {
    next(err);
  }
});

router.get('/sessions/new-id', (req, res) => {
  res.json({ id: crypto.randomBytes(16).toString('hex') });
});

module.exports = router;
