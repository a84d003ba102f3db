'use strict';

module.exports = {
  port: Number(process.env.PORT || 3000),
  postgresUrl: process.env.DATABASE_URL || 'postgres://market@localhost:5432/market',
  mongoUrl: process.env.MONGO_URL || 'mongodb://localhost:27017/market',
  jwtSecret: process.env.JWT_SECRET,
  exportDir: process.env.EXPORT_DIR || '/var/lib/market/exports',
  uploadDir: process.env.UPLOAD_DIR || '/var/lib/market/uploads',
  stripeKey: 'sk_live_51Hx9aQKz3v8mT2pLwR7yN4cB6dE0fG', // vuln: hardcoded-secret
  allowedReturnPaths: ['/account', '/cart', '/orders'],
};
