import { graphql } from "../generated/index.js";

export const IngestVehicleSales = graphql(`
  mutation IngestVehicleSales($input: IngestVehicleSalesInput!) {
    ingestVehicleSales(input: $input) {
      summary { created updated unchanged pending quarantined rejected }
      sales { index saleId outcome state warnings { code field message }
        vehicle { id vin modelYear warrantyEndsOn model { code }
          ownerships { role startedOn endedOn current source sourceSaleId sellingDealer { code } customer { id } } }
        customer { id stage } }
      rejected { index saleId code field message }
    }
  }
`);

export const DeleteIngestedVehicleSales = graphql(`
  mutation DeleteIngestedVehicleSales($input: DeleteIngestedVehicleSalesInput!) {
    deleteIngestedVehicleSales(input: $input) { deleted unknown }
  }
`);

export const CustomerVehicleSales = graphql(`
  query CustomerVehicleSales($id: ID!) {
    customer(id: $id) { vehicles { vin ownerships { sourceSaleId startedOn endedOn customer { id } } } }
  }
`);
