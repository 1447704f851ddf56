// Row types of the eCom API's additions (migration 018).

export interface EcomEventTextRow {
  event_id: string;
  transaction_text: string;
}

declare module './payments.js' {
  interface PaymentRow {
    /** JSON of EcomFacts; null for ePayment payments. */
    ecom?: string | null;
    /** The merchant's callback authToken, sealed. */
    ecom_auth_token?: string | null;
  }
}

declare module '../schema.js' {
  interface Database {
    ecom_event_texts: EcomEventTextRow;
  }
}
