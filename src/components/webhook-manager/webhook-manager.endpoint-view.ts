// What only an open endpoint uses: its page, its delivery log and a delivery's detail. It loads beside the first
// read of the endpoints (and at once for a deep link), so it is out of the element's entry yet ready by the time
// someone opens an endpoint.
export { renderDeliveryDialog, renderDeliveryTable } from './webhook-manager.deliveries.js';
export { renderEndpointDetail } from './webhook-manager.detail.js';
