import { graphql } from "../generated/index.js";

export const RegisterVehicle = graphql(`
  mutation RegisterVehicle($input: RegisterVehicleInput!) {
    registerVehicle(input: $input) { vehicle { id vin modelYear warrantyEndsOn mileageKm } }
  }
`);

export const RecordVehicleSale = graphql(`
  mutation RecordVehicleSale($input: RecordVehicleSaleInput!) {
    recordVehicleSale(input: $input) { vehicle { vin warrantyEndsOn underWarranty } }
  }
`);

export const RecordMileage = graphql(`
  mutation RecordMileage($input: RecordMileageInput!) {
    recordMileage(input: $input) { vehicle { vin mileageKm } }
  }
`);

export const VehicleHistory = graphql(`
  query VehicleHistory($vin: String!) {
    vehicle(vin: $vin) { vin mileageKm warrantyEndsOn ownerships { startedOn endedOn current customer { id } sellingDealer { id } } }
  }
`);

export const CustomerStage = graphql(`query CustomerStage($id: ID!) { customer(id: $id) { id stage } }`);
