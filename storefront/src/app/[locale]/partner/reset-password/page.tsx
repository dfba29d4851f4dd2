import { resetPasswordRoute } from "@/components/password-reset/password-reset-page";

const route = resetPasswordRoute({ actor: "partner", loginHref: "/partner", resetHref: "/partner/reset-password" });

export const generateMetadata = route.generateMetadata;
export default route.Page;
