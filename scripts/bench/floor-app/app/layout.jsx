// The floor: a bare Next page, the least JavaScript any page of this Next version loads.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
