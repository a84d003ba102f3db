import { NextRequest, NextResponse } from 'next/server';
import { listForDoctor } from '@/lib/appointments';
import { verifySession } from '@/lib/auth';

interface ReminderRequest {
  doctor: string;
  day: string;
  skipReasons?: string;
  condition?: string;
}

export async function POST(req: NextRequest) {
  const session = verifySession(req.cookies.get('portal_session')?.value);
  if (!session || session.role !== 'staff') {
    return NextResponse.json({ error: 'staff only' }, { status: 403 });
  }
  const body = (await req.json()) as ReminderRequest;
  let appointments = await listForDoctor(session.clinicId, body.doctor, body.day);
  if (body.skipReasons) {
    const skip = new RegExp(body.skipReasons, 'i'); // vuln: regex-injection
    appointments = appointments.filter((a) => !skip.test(a.reason));
  }
  if (body.condition) {
    const predicate = new Function('appointment', `return (${body.condition});`); // vuln: code-injection
    appointments = appointments.filter((a) => predicate(a));
  }
  return NextResponse.json({ queued: appointments.length });
}
