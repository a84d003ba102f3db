export const smtpConfig = {
  host: 'smtp.example.org',
  user: 'mailer',
  password: 'Mailer#2024-prod!', // expect: hardcoded-secret
};
