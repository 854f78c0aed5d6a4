import { http, HttpResponse } from 'msw';
import { nowRfc3339 } from '@/mocks/clock';
import { deviceStatus, endDeviceSession, findDevice, findDevices, toDeviceItem, type DeviceStatus } from '@/mocks/db';
import { advanceDeviceSimulation } from '@/mocks/db/deviceSimulation';
import { notFound } from './errors';
import { OAUTH_API } from './paths';
import { QueryReader } from './query';
import { listResponse, noContent } from './responses';
import { adminRoute, pathParam } from './route';

const DEVICE_STATUSES: readonly DeviceStatus[] = ['pending', 'authorized', 'denied', 'expired'];

/** Device authorization sessions (OAuth service): errors are `SimpleResponse`. */
export const deviceHandlers = [
  http.get(
    `${OAUTH_API}/admin/oauth/devices`,
    adminRoute('oauth', ({ request, identity, now }) => {
      advanceDeviceSimulation(now);
      const query = new QueryReader(request);
      const paging = query.paging();
      const filter = { status: query.oneOf('status', DEVICE_STATUSES), client_id: query.text('client_id') };
      query.done();
      return listResponse(findDevices(identity.tenantId, filter, now), paging, (d) => toDeviceItem(d, now));
    }),
  ),

  http.delete(
    `${OAUTH_API}/admin/oauth/devices/:deviceCode`,
    adminRoute('oauth', ({ params, identity, now }) => {
      advanceDeviceSimulation(now);
      const device = findDevice(identity.tenantId, pathParam(params, 'deviceCode'));
      if (!device) throw notFound('device session not found or does not belong to the current tenant');
      if (!endDeviceSession(device, now)) {
        const status = deviceStatus(device, now);
        return HttpResponse.json(
          { code: 409, message: `device session is already ${status}: only a pending session can be ended`, timestamp: nowRfc3339() },
          { status: 409 },
        );
      }
      return noContent();
    }),
  ),
];
