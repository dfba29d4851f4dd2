import { resetPasswordRoute } from "@/components/password-reset/password-reset-page";

const route = resetPasswordRoute({ actor: "customer", loginHref: "/account", resetHref: "/account/reset-password" });

export const generateMetadata = route.generateMetadata;
export default route.Page;
