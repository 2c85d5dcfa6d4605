// The floor of the load suite: a bare Vite + React 19 page that draws one 90-rect SVG (9 rows × 10
// columns, the size of a bundled country's heatmap). The app's start-up is measured against it.
import { createRoot } from 'react-dom/client';

const ROWS = 9;
const COLS = 10;
const SIZE = 40;

function Floor() {
  const cells = [];
  for (let r = 0; r < ROWS; r++)
    for (let c = 0; c < COLS; c++)
      cells.push(
        <rect
          key={`${r}-${c}`}
          x={c * SIZE}
          y={r * SIZE}
          width={SIZE - 2}
          height={SIZE - 2}
          fill={`hsl(${200 + ((r * COLS + c) % 40)}, 60%, ${30 + ((r + c) % 10) * 5}%)`}
        />,
      );
  return (
    <main>
      <h1>Floor</h1>
      <svg width={COLS * SIZE} height={ROWS * SIZE} role="img" aria-label="90 cells">
        {cells}
      </svg>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
