interface Order {
  id: string;
  customerId: string;
}

interface CustomerRepository {
  findOne(id: string): Promise<{ name: string } | null>;
}

export async function customerNames(orders: Order[], customerRepository: CustomerRepository): Promise<string[]> {
  const names: string[] = [];
  for (const order of orders) {
    const customer = await customerRepository.findOne(order.customerId); // expect: n-plus-one
    names.push(customer?.name ?? '?');
  }
  return names;
}
