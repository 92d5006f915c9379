// Natural Earth names a few countries and areas by codes of its own; the data uses ISO 3166-1 alpha-3.
/** Natural Earth codes that are not the ISO 3166-1 alpha-3 code of the country the data uses. */
export const NE_TO_ISO: Readonly<Record<string, string>> = {
  SDS: 'SSD', // South Sudan
  KOS: 'XKX', // Kosovo (no ISO code; XKX is the common user-assigned one)
  SAH: 'ESH', // Western Sahara
  PSX: 'PSE', // Palestine
  KAB: 'KAZ', // Baikonur lease area, part of Kazakhstan
  CYN: 'CYP', // Northern Cyprus
  CNM: 'CYP', // Cyprus UN buffer zone
  SOL: 'SOM', // Somaliland
  ESB: 'GBR', // Dhekelia sovereign base area
  WSB: 'GBR', // Akrotiri sovereign base area
  KAS: 'IND', // Siachen glacier (Kashmir), administered by India
};
