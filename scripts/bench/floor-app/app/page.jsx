// One server-action form on a page rendered on demand, as the product's question pages are.
export const dynamic = 'force-dynamic';

async function answer(formData) {
  'use server';
  console.log(String(formData.get('name') ?? '').length);
}

export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <form action={answer}>
        <label>
          Name <input name="name" />
        </label>
        <button type="submit">Send</button>
      </form>
    </main>
  );
}
