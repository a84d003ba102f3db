export function issueSmsChallenge(phone: string) {
  const otpCode = String(Math.floor(100000 + Math.random() * 900000)); // expect: insecure-random
  return { phone, otpCode, expiresAt: Date.now() + 5 * 60 * 1000 };
}
