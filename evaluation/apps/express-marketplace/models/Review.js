'use strict';

const mongoose = require('mongoose');

const reviewSchema = new mongoose.Schema({
  productSku: { type: String, index: true },
  author: String,
  rating: { type: Number, min: 1, max: 5 },
  body: String,
  createdAt: { type: Date, default: Date.now },
});

module.exports = mongoose.model('Review', reviewSchema);
