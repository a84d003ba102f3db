'use strict';

const express = require('express');
const reviews = require('../controllers/reviewController');
const { requireLogin } = require('../middleware/auth');

const router = express.Router();

router.get('/recent', reviews.recent);
router.get('/by-author', reviews.byAuthor);
router.get('/:sku', reviews.forProduct);
router.post('/:sku', requireLogin, reviews.create);

module.exports = router;
