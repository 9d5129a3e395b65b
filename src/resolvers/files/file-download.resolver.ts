import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { signFileDownload } from '../../files/sign-download.command';
import type { RequestContext } from '../../http/request-context';

/** A short-lived signed address of one file. */
@ObjectType('FileDownloadAddress', { description: 'A short-lived signed address of one file, for <img src> or a download link: whoever holds it may fetch the file until expiresAt' })
export class FileDownloadAddressType {
  @Field(() => String, { nullable: true, description: 'A path on this API (/files/{id}/signed?…): prefix it with the API’s origin' })
  url!: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;
}

/** Signed download addresses. */
@Resolver()
export class FileDownloadResolver {
  /** Signs an address of a file the viewer may download now (FILE_URL_TTL_SECONDS, 5 minutes by default). */
  @Query(() => FileDownloadAddressType, { nullable: true, description: 'A signed address of a file the viewer may download now (the uploader, or whoever the visibility matrix lets read the dossier part); NOT_FOUND otherwise' })
  async fileDownloadUrl(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<FileDownloadAddressType> {
    return Object.assign(new FileDownloadAddressType(), await signFileDownload(ctx, id));
  }
}
