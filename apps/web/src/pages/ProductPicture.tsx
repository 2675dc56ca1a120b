/** A token of the pictured code: its text and its colour class ("" for plain). */
type Token = readonly [kind: "" | "k" | "f" | "n" | "t" | "a", text: string];

/** A collaborator's caret, after a line's last token. */
interface Caret {
  name: string;
  color: string;
}

const BOB: Caret = { name: "Bob", color: "#2563eb" };
const ANN: Caret = { name: "Ann", color: "#e11d48" };

// Each caret ends a line longer than the one above it, so its name hides no code.
const CODE: ReadonlyArray<{ tokens: readonly Token[]; caret?: Caret }> = [
  {
    tokens: [
      ["k", "export function "],
      ["f", "App"],
      ["", "() {"],
    ],
  },
  {
    tokens: [
      ["k", "  const "],
      ["", "[count, setCount] = "],
      ["f", "useState"],
      ["", "("],
      ["n", "0"],
      ["", ");"],
    ],
    caret: BOB,
  },
  {
    tokens: [
      ["k", "  const "],
      ["f", "add"],
      ["", " = () => "],
      ["f", "setCount"],
      ["", "(count + "],
      ["n", "1"],
      ["", ");"],
    ],
  },
  {
    tokens: [
      ["k", "  return "],
      ["", "("],
    ],
  },
  {
    tokens: [
      ["", "    <"],
      ["t", "button "],
      ["a", "onClick"],
      ["", "={add}>"],
    ],
  },
  { tokens: [["", "      Hello, Wove! {count}"]], caret: ANN },
  {
    tokens: [
      ["", "    </"],
      ["t", "button"],
      ["", ">"],
    ],
  },
  { tokens: [["", "  );"]] },
  { tokens: [["", "}"]] },
];

/**
 * The landing page's picture of Wove: the IDE in miniature, drawn with the app's own
 * colours (so it follows the theme and stays sharp at any size, with nothing to
 * download): two people's cursors in one file and the preview beside it.
 */
export function ProductPicture() {
  return (
    <figure
      className="product"
      role="img"
      aria-label="The Wove editor: a project's files, Ann's and Bob's cursors in App.tsx, and the page it makes in the preview"
    >
      <div className="product__bar">
        <span className="product__lights">
          <i />
          <i />
          <i />
        </span>
        <span className="product__title">hello-wove</span>
        <span className="product__people">
          <b style={{ background: "#e11d48" }}>A</b>
          <b style={{ background: "#2563eb" }}>B</b>
        </span>
        <span className="product__deploy">Deploy</span>
      </div>
      <div className="product__body">
        <ul className="product__files">
          <li>index.html</li>
          <li>package.json</li>
          <li className="product__folder">src</li>
          <li className="product__nested">main.tsx</li>
          <li className="product__nested product__active">App.tsx</li>
        </ul>
        <div className="product__code">
          {CODE.map((line, i) => (
            <div key={i} className="product__line">
              <span className="product__number">{i + 1}</span>
              {line.tokens.map(([kind, text], j) => (
                <span key={j} className={kind ? `product__${kind}` : undefined}>
                  {text}
                </span>
              ))}
              {line.caret && (
                <span className="product__caret" style={{ borderColor: line.caret.color }}>
                  <span style={{ background: line.caret.color }}>{line.caret.name}</span>
                </span>
              )}
            </div>
          ))}
        </div>
        <div className="product__preview">
          <span className="product__address">hello-wove.example.dev</span>
          <span className="product__page">
            <span className="product__button">Hello, Wove! 3</span>
          </span>
        </div>
      </div>
      <div className="product__status">
        <span className="product__dot" /> All changes saved
      </div>
    </figure>
  );
}
