import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { markup, trusted, type Html } from './markup.js';
import type { Status } from './status.js';

// A country as the 1:110m world atlas draws it: its ISO alpha-2 code and its SVG path.
type Shape = { code: string; atlasName: string; d: string };

// Every status has its own colour (style.css `.status-*`), the same as the chips and the legend.
export type MapStatus = Status;
export type MapParty = { code: string; status: MapStatus; title: string; href: string | null };

const width = 960;
const height = 470;
let shapes: Shape[] | null = null;

// Projected once, on the first map asked for; each page only picks the colours.
function worldShapes(): Shape[] {
  if (shapes) return shapes;
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const land = feature(topology, topology.objects.countries);
  // Antarctica (010) takes a sixth of the height and signs nothing.
  const drawn = land.features.filter((f) => f.id !== '010');
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: 'FeatureCollection', features: drawn },
  );
  const toPath = geoPath(projection).digits(1);
  // World-atlas ids are ISO 3166-1 numeric ("250"); Kosovo and a few others have none.
  shapes = drawn.flatMap((f) => {
    const code = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
    const d = toPath(f);
    return code && d ? [{ code, atlasName: f.properties?.name ?? code, d }] : [];
  });
  return shapes;
}

export function isOnMap(code: string): boolean {
  return worldShapes().some((s) => s.code === code);
}

// The world with each party coloured by its status; countries no source speaks of take the
// `absent` status (not on a complete official list, else no information: grey).
// Each country carries a <title> (name and status) so the map reads without colour.
export function worldMap(
  parties: MapParty[],
  label: { title: string; description: string; nameOf: (code: string, atlasName: string) => string; absent: Status; absentLabel: string },
): Html {
  const byCode = new Map(parties.map((p) => [p.code, p]));
  const paths = worldShapes().map((shape) => {
    const party = byCode.get(shape.code);
    const status = party?.status ?? label.absent;
    const title = party?.title ?? `${label.nameOf(shape.code, shape.atlasName)}: ${label.absentLabel}`;
    const path = markup`<path class="country status-${status}" data-party="${shape.code}" data-status="${status}" d="${trusted(shape.d)}"
      ><title>${title}</title></path
    >`;
    return party?.href ? markup`<a href="${party.href}" tabindex="-1">${path}</a>` : path;
  });
  return markup`<svg class="world-map" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title map-desc" xmlns="http://www.w3.org/2000/svg">
    <title id="map-title">${label.title}</title>
    <desc id="map-desc">${label.description}</desc>
    <defs>
      <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" class="hatch-bg" />
        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
      </pattern>
    </defs>
    <g>${paths}</g>
  </svg>`;
}
