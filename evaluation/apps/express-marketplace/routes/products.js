'use strict';

const express = require('express');
const products = require('../controllers/productController');

const router = express.Router();

router.get('/', products.list);
router.get('/featured', products.featured);
router.get('/filter', products.filterTitles);
router.get('/filter/literal', products.filterTitlesLiteral);
router.get('/seller/:sellerId', products.bySeller);
router.get('/:sku', products.show);
router.get('/:sku/history', products.history);

module.exports = router;
