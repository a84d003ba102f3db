interface Order {
  id: string;
  customerId: string;
}

interface CustomerRepository {
  findByIds(ids: string[]): Promise<Array<{ id: string; name: string }>>;
}

export async function customerNames(orders: Order[], customerRepository: CustomerRepository): Promise<string[]> {
  const customers = await customerRepository.findByIds(orders.map((o) => o.customerId));
  const byId = new Map(customers.map((c) => [c.id, c.name]));
  return orders.map((o) => byId.get(o.customerId) ?? '?');
}
