export interface Shipment {
  id: string;
  carrier: string;
}

export interface Scan {
  shipmentId: string;
  at: number;
}

// flatMap / every / some callbacks as the loop; findIndex, filter, filter(...).length and indexOf in TypeScript.
// @perfmod-check scansPerShipment(g.array(g.record({ id: g.str(), carrier: g.str() })), g.array(g.record({ shipmentId: g.str(), at: g.int() })))
export function scansPerShipment(shipments: Shipment[], scans: Scan[]) {
  return shipments.flatMap((s) => scans.filter((scan) => scan.shipmentId === s.id));
}

// @perfmod-check allScanned(g.array(g.record({ id: g.str(), carrier: g.str() })), g.array(g.record({ shipmentId: g.str(), at: g.int() })))
export function allScanned(shipments: readonly Shipment[], scans: readonly Scan[]): boolean {
  return shipments.every((s) => scans.filter((scan) => scan.shipmentId === s.id).length > 0);
}

// @perfmod-check firstScanAt(g.array(g.str()), g.array(g.record({ shipmentId: g.str(), at: g.int() })))
export function firstScanAt(ids: string[], scans: Array<Scan>): number[] {
  return ids.map((id) => scans.findIndex((scan) => id === scan.shipmentId));
}

// @perfmod-check carrierRank(g.array(g.record({ id: g.str(), carrier: g.str() })), g.array(g.str()))
export function carrierRank(shipments: Shipment[], carriers: string[]): boolean {
  return shipments.some((s) => carriers.indexOf(s.carrier) === 0);
}
