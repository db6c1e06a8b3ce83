/** What the first fact counts. French counts are singular up to 1 ("0 allié", "1 allié"). */
export type MapCounts = {
  actors: number;
  relations: number;
  allies: number;
  neutral: number;
  against: number;
};
