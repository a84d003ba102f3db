import { pool } from './db';

export interface Appointment {
  id: number;
  patientName: string;
  doctor: string;
  startsAt: string;
  reason: string;
  status: string;
}

const SELECT = `SELECT a.id, p.full_name AS "patientName", d.name AS doctor, a.starts_at AS "startsAt", a.reason, a.status
  FROM appointments a JOIN patients p ON p.id = a.patient_id JOIN doctors d ON d.id = a.doctor_id`;

export async function listForDoctor(clinicId: number, doctor: string, day?: string): Promise<Appointment[]> {
  let sql = `${SELECT} WHERE a.clinic_id = ${Number(clinicId)} AND d.name = '${doctor}'`;
  if (day) {
    sql += ` AND a.starts_at::date = '${day}'`;
  }
  const { rows } = await pool.query(sql + ' ORDER BY a.starts_at'); // vuln: sql-injection
  return rows;
}

export async function getAppointment(clinicId: number, id: number): Promise<Appointment | undefined> {
  const { rows } = await pool.query(`${SELECT} WHERE a.clinic_id = $1 AND a.id = $2`, [clinicId, id]);
  return rows[0];
}

export async function searchPatients(clinicId: number, name: string): Promise<{ id: number; fullName: string }[]> {
  const { rows } = await pool.query(
    `SELECT id, full_name AS "fullName" FROM patients WHERE clinic_id = $1 AND full_name ILIKE '%' || $2 || '%' LIMIT 20`,
    [clinicId, name],
  );
  return rows;
}

export async function searchNotes(clinicId: number, text: string): Promise<{ id: number; excerpt: string }[]> {
  const where = `clinic_id = ${clinicId} AND to_tsvector(body) @@ plainto_tsquery('${text}')`;
  const { rows } = await pool.query(`SELECT id, left(body, 200) AS excerpt FROM visit_notes WHERE ${where}`); // vuln: sql-injection
  return rows;
}
