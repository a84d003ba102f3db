import { Request, Response } from 'express';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

export async function ordersForUser(req: Request, res: Response) {
  const userId = req.params.userId;
  const [rows] = await pool.query('SELECT id, total FROM orders WHERE user_id = ? ORDER BY id DESC', [userId]);
  res.json(rows);
}
