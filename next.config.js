import createMDX from "@next/mdx";

// Plugins are named by string so the config stays serialisable, as Turbopack requires.
const withMDX = createMDX({ options: { remarkPlugins: [], rehypePlugins: [] } });

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static export (out/) that any static host or CDN can serve to any number of learners.
  output: "export",
  pageExtensions: ["ts", "tsx", "md", "mdx"],
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // Inline the (small) stylesheet so the first paint needs no second request: on a
  // slow phone the page shows before any script has downloaded.
  experimental: { inlineCss: true },
};

export default withMDX(nextConfig);
