/**
 * Disjoint sets over string keys. The merge links facts pairwise and reads
 * back connected components; components of a symmetric relation do not
 * depend on the order the links were made, which is what keeps `mergeStory`
 * independent of the order of its articles.
 */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  /** Registers a key as its own set (a no-op when already known). */
  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  /** The representative of the key's set. */
  find(key: string): string {
    this.add(key);
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = key;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** Joins the sets of two keys. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key wins so that representatives are reproducible too.
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }

  /** Every set as a sorted list of keys, the sets sorted by their first key. */
  groups(): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const key of this.parent.keys()) {
      const root = this.find(key);
      const list = byRoot.get(root) ?? [];
      list.push(key);
      byRoot.set(root, list);
    }
    const groups = [...byRoot.values()].map((list) => list.sort());
    return groups.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  }
}
