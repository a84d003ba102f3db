import { cookies } from 'next/headers';
import { NextRequest, NextResponse } from 'next/server';
import { pool } from '@/lib/db';
import { signSession } from '@/lib/auth';

export async function POST(req: NextRequest) {
  const form = await req.formData();
  const email = String(form.get('email') ?? '');
  const next = String(form.get('next') ?? '/dashboard');
  const { rows } = await pool.query(
    'SELECT id, role, clinic_id FROM portal_users WHERE email = $1 AND password_hash = crypt($2, password_hash)',
    [email, String(form.get('password') ?? '')],
  );
  if (rows.length === 0) {
    return NextResponse.redirect(new URL('/login?error=1', req.url));
  }
  const token = signSession({ userId: rows[0].id, role: rows[0].role, clinicId: rows[0].clinic_id });
  cookies().set('portal_session', token, { path: '/', maxAge: 8 * 3600 }); // vuln: insecure-cookie
  cookies().set('portal_theme', 'light', { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
  return NextResponse.redirect(new URL(next, req.url)); // vuln: open-redirect
}

export async function DELETE(req: NextRequest) {
  cookies().delete('portal_session');
  return NextResponse.redirect(new URL('/login', req.url));
}
