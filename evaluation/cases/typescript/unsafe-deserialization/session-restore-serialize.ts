import { Request, Response, Router } from 'express';
import * as serialize from 'node-serialize';

interface Cart {
  items: string[];
  coupon?: string;
}

export const cartRouter = Router();

cartRouter.get('/cart/restore', (req: Request, res: Response) => {
  const saved: string = req.cookies['cart'] ?? '';
  const raw = Buffer.from(saved, 'base64').toString('utf8');
  const cart = serialize.unserialize(raw) as Cart; // expect: unsafe-deserialization
  res.json({ count: cart.items.length });
});
