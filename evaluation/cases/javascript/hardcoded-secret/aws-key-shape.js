const { S3Client } = require('@aws-sdk/client-s3');

const s3 = new S3Client({
  region: 'eu-central-1',
  credentials: { accessKeyId: 'AKIAZ4QW7RT2M9XLP3KE', secretAccessKey: process.env.AWS_SECRET }, // expect: hardcoded-secret
});

module.exports = s3;
