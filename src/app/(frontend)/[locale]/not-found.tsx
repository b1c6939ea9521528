export default function NotFound() {
  return (
    <main>
      <h1>页面没有找到 / Page not found</h1>
    </main>
  )
}
