/**
 * Reads the XML the Query API answers (ours: elements, text, an xmlns
 * attribute, no mixed content, no CDATA) into a tree, for the gatehouse
 * command. Not a general XML parser: anything else is refused.
 */

export interface XmlNode {
  name: string;
  children: XmlNode[];
  /** The text of an element without children (entities decoded). */
  text: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>/y;

export function readXml(xml: string): XmlNode {
  const root: XmlNode = { name: "", children: [], text: "" };
  const stack: XmlNode[] = [root];
  let at = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    const top = stack[stack.length - 1] as XmlNode;
    if (lt < 0) {
      if (xml.slice(at).trim() !== "") throw new Error("text after the document");
      break;
    }
    const text = xml.slice(at, lt);
    if (text.trim() !== "") top.text += decode(text);
    TAG.lastIndex = lt;
    const m = TAG.exec(xml);
    if (m === null) throw new Error(`unreadable XML at ${lt}`);
    const [whole, closing, name, , selfClosing] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    at = lt + whole.length;
    if (closing === "/") {
      if (top.name !== name || stack.length === 1) throw new Error(`unexpected </${name}>`);
      stack.pop();
      continue;
    }
    const node: XmlNode = { name, children: [], text: "" };
    top.children.push(node);
    if (selfClosing !== "/") stack.push(node);
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error("incomplete XML");
  return root.children[0] as XmlNode;
}

/** The first child element of that name, or undefined. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}
