/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  serverRuntimeConfig: {
    smsGatewayKey: 'SG.k8Jd92LmQp0xVr7tWz3nYc5bHf1eA6uR', // vuln: hardcoded-secret
    uploadsDir: process.env.UPLOADS_DIR || '/var/lib/clinic/uploads',
  },
  publicRuntimeConfig: {
    clinicName: 'Riverside Family Clinic',
    supportPhone: '+1 555 0100',
  },
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cms.riverside-clinic.example' }],
  },
};

module.exports = nextConfig;
