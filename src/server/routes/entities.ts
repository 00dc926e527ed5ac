import { createRoute, z } from '@hono/zod-openapi';
import { entityViews, type Kb } from '../../query/index.js';
import { errors, json, newRouter } from '../router.js';
import { EntityView, NameParam } from '../schemas.js';

const getEntity = createRoute({
  method: 'get',
  path: '/entities/{name}',
  tags: ['entities'],
  summary: 'What Accord knows of a country, person, organisation, event, declaration or initiative',
  description:
    'Named in any language or by ISO code or id ("Chine", "China", "Trung Quốc", "FR", "J.D. Vance", "country:FR"): its names, the reference facts about it with their sources, and what stored documents state of it, each with its span. A name can match several things; each is an item.',
  request: { params: z.object({ name: NameParam.openapi({ param: { name: 'name', in: 'path' }, example: 'Trung Quốc' }) }) },
  responses: { 200: json(z.object({ name: z.string(), items: z.array(EntityView) }).openapi('EntityViews'), 'every thing by that name'), ...errors(400, 404) },
});

export function entityRoutes(kb: Kb) {
  return newRouter().openapi(getEntity, async (c) => {
    const { name } = c.req.valid('param');
    return c.json({ name, items: await entityViews(kb, name) }, 200);
  });
}
