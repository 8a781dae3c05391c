/**
 * Things, fuels, illnesses, fields and vessels' types by their capitals ("an EV", "the ICU", "an
 * FPSO"): never a body's name, whatever the model made of them.
 */
export const THING_INITIALS = new Set([
  'AI', 'IT', 'TV', 'PR', 'HR', 'ICT', 'STEM', 'QA', 'ML', 'UX', 'VIP', 'MBA', 'EMEA', 'APAC', 'ID', 'PC', 'CD', 'DVD', 'GPS', 'CCTV', 'ATM', 'PIN', 'SUV', 'EV', 'EVs', 'UAV', 'LNG', 'LPG', 'CNG', 'ICU', 'ER', 'MRI', 'DNA', 'RNA', 'HIV', 'AIDS', 'COVID', 'SARS', 'VAR', 'ODI', 'NGO', 'NGOs', 'LGBT', 'LGBTQ', 'API', 'URL', 'PDF', 'SMS', 'FAQ',
  'FPSO', 'FPSOs', 'FSRU', 'FSRUs', 'FLNG', 'VLCC', 'VLCCs', 'ULCC', 'MODU',
]);

/**
 * Capitals that name no body: a job ("the CEO", "the MP"), a person known by them ("MLK"), a
 * measure or a tax ("GDP", "VAT"), a thing or a field ("an EV", "the ICU", "HR"). Rules that take
 * capitals for an organisation's initials leave these out.
 */
export const COMMON_INITIALS = new Set([
  // Jobs and members' letters.
  'CEO', 'CEOs', 'CFO', 'COO', 'CTO', 'MD', 'VP', 'EVP', 'SVP', 'PM', 'MP', 'MPs', 'MLA', 'MLAs', 'MEP', 'MEPs', 'MSP', 'MSPs', 'MPS', 'DA', 'GP', 'QC', 'KC', 'DJ', 'MC', 'MVP',
  // Offices' holders by their initials in their countries' news ("the CM said", "AG said", "the DGP").
  'CM', 'AG', 'DG', 'IG', 'CJ', 'CJI', 'DGP', 'IGP', 'DSP', 'DCP', 'SHO', 'OCS', 'CMO', 'CIO', 'CSO',
  // People known by their initials ("MLK's speech", "AOC's bill").
  'JFK', 'RFK', 'MLK', 'FDR', 'LBJ', 'AOC', 'MBS', 'MBZ',
  // Measures, taxes, money and deals.
  'GDP', 'GNP', 'CPI', 'VAT', 'GST', 'IPO', 'ESG', 'FY', 'ROI', 'IRR', 'APR',
  ...THING_INITIALS,
]);

/** Countries', cities' and states' initials, a place's and never a body's ("US", "UAE", "HK"). */
export const PLACE_INITIALS = new Set([
  'US', 'UK', 'USA', 'UAE', 'DRC', 'NZ', 'PNG', 'HK', 'NYC', 'DC', 'LA', 'SF', 'PRC', 'DPRK', 'ROK', 'KSA', 'GB',
  // States and provinces by their initials ("NSW officials", "UP police").
  'NSW', 'ACT', 'QLD', 'WA', 'SA', 'NT', 'KZN', 'UP', 'TN', 'KP', 'NRW', 'BC', 'PEI', 'NI',
]);
